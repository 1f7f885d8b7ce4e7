import Foundation

extension Application {
    /// What the rubric's conditions know about the applicant: variant, industry and extra attributes.
    public var profile: ApplicantProfile {
        var attributes = self.attributes.mapValues(\.value)
        if let industry = applicant.industry { attributes["industry"] = industry.value }
        return ApplicantProfile(variant: variant?.value, attributes: attributes)
    }

    /// The stated figures and claimed scenarios, for `ScoringEngine`'s gate suggestions.
    public var scoringFacts: ApplicationFacts {
        var numbers: [String: Decimal] = [:]
        for fact in facts { numbers[fact.id] = fact.number.value }
        return ApplicationFacts(
            numbers: numbers,
            scenarios: Set(scenarios.compactMap(\.scenario)),
            otherScenarios: scenarios.filter { $0.scenario == nil }.count
        )
    }
}
