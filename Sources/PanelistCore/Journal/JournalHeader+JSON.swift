import Foundation

/// The JSON fields of the header record.
extension JournalHeader {
    /// The header's fields, `type: header` included.
    public var fields: [String: JSONValue] {
        var attrs: [String: JSONValue] = [:]
        for (k, v) in profile.attributes { attrs[k] = .string(v) }
        return [
            "type": .string("header"),
            "format": .string(format),
            "reviewer": .object(["name": .string(reviewer.name), "id": .string(reviewer.id),
                                 "publicKey": .string(reviewer.publicKey), "fingerprint": .string(reviewer.fingerprint)]),
            "rubric": .object(["id": .string(rubric.id), "sha256": .string(rubric.sha256)]),
            "application": .object(["id": .string(application.id), "sha256": .string(application.sha256)]),
            "profile": .object(["variant": profile.variant.map { .string($0) } ?? .null, "attributes": .object(attrs)]),
            "tool": .string(tool),
            "created": .string(JournalTime.format(created)),
        ]
    }

    /// Decodes a header from the first record's JSON object.
    public init(json v: JSONValue) throws(JournalDecodeError) {
        let format = try v.str("format")
        guard format == Self.currentFormat else {
            throw JournalDecodeError("journal format '\(format)' is not supported (this tool reads \(Self.currentFormat)); use a newer panelist")
        }
        let r = try v.obj("reviewer")
        let rb = try v.obj("rubric")
        let ap = try v.obj("application")
        let pr = try v.obj("profile")
        var attributes: [String: String] = [:]
        if case .object(let members)? = pr["attributes"] {
            for (k, value) in members {
                guard let s = value.stringValue else { throw JournalDecodeError("profile attribute '\(k)' must be a string") }
                attributes[k] = s
            }
        }
        let createdText = try v.str("created")
        guard let created = JournalTime.parse(createdText) else { throw JournalDecodeError("field 'created' is not an ISO-8601 UTC time: \(createdText)") }
        self.init(
            reviewer: JournalReviewer(name: try r.str("name"), id: try r.str("id"), publicKey: try r.str("publicKey"), fingerprint: try r.str("fingerprint")),
            rubric: JournalDocumentRef(id: try rb.str("id"), sha256: try rb.str("sha256")),
            application: JournalDocumentRef(id: try ap.str("id"), sha256: try ap.str("sha256")),
            profile: ApplicantProfile(variant: try pr.optStr("variant"), attributes: attributes),
            tool: try v.str("tool"), created: created)
        self.format = format
    }
}
