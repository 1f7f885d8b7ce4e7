import PanelistCore

/// A two-indicator rubric for store tests that need the action validator.
enum StoreRubric {
    static let yaml = """
    format: panelist-rubric/1
    id: journal-test
    title: 存储测试细则
    categories:
      - id: "1"
        title: 类别一
        cap: 20
        children:
          - id: "1.1"
            title: 自评估等级
            cap: 10
            parts:
              - kind: choice
                options:
                  - {id: A, text: 三级及以上, points: 10}
                  - {id: B, text: 二级, points: 5}
          - id: "1.2"
            title: 专家评分
            cap: 10
            parts:
              - kind: manual
                step: 0.5
    """

    /// The loaded rubric (the YAML above is valid; a failure here is a broken test).
    static let rubric: Rubric = {
        let (r, diagnostics) = RubricLoader.load(yaml: yaml, file: "store-test.yaml")
        guard let r else { fatalError("store test rubric: \(diagnostics)") }
        return r
    }()
}
