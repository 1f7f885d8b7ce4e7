/// The tool's version, recorded in journals and printouts.
enum PanelistVersion {
    static let current = "0.1.0"
}
