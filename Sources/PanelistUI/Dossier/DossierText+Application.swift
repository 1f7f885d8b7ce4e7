import Foundation
import PanelistCore

extension DossierText {
    /// What the application pane shows for a loaded application: sections, evidence, stated
    /// figures, and the suggestions its figures give under the rubric.
    public init(application app: Application, rubric: Rubric) {
        var stated: [String: String] = [:]
        for fact in app.facts {
            let unit = rubric.facts.first { $0.id == fact.id }?.unit ?? ""
            stated[fact.id] = fact.number.display(unit: unit)
        }
        var instances: [String: String] = [:]
        for claim in app.scenarios {
            if let id = claim.scenario { instances[id] = claim.instance }
        }
        self.init(
            id: app.id,
            name: app.applicant.name,
            sections: app.sections.map { Section(id: $0.id, title: $0.title, indicators: $0.indicators.map(\.value), text: $0.text) },
            evidence: app.evidence.map { Evidence(target: $0.target.value, file: $0.file, description: $0.description, page: $0.page) },
            stated: stated,
            suggestions: ApplicationSuggestions.compute(rubric, app),
            instances: instances
        )
    }
}
