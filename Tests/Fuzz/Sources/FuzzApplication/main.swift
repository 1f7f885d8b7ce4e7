import Foundation
import FuzzDriver
import FuzzSupport
import PanelistCore

// The application loader: the first byte picks a bundled rubric, the rest is the application's
// YAML. Loaded, validated, its facts computed and its suggestions derived. Property: nothing traps.

func fuzzApplication(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let first = bytes.first, let rubric = Bundled.rubric(first) else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    _ = ApplicationLoader.parse(yaml: text, file: "fuzz.yaml")
    guard let app = ApplicationLoader.load(yaml: text, file: "fuzz.yaml", rubric: rubric).application else { return 0 }
    _ = ApplicationValidator.validate(app, against: rubric)
    _ = app.scoringFacts
    _ = ApplicationSuggestions.compute(rubric, app)
    _ = ScoringEngine.score(rubric, profile: app.profile, inputs: ReviewerInputs(), facts: app.scoringFacts)
    return 0
}

FuzzDriver.run { input in
    guard let base = input.baseAddress else { return }
    _ = fuzzApplication(base, input.count)
}
