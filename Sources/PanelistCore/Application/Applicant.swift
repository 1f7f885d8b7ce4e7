/// The applicant's basic information (基本情况表).
public struct Applicant: Sendable, Equatable {
    /// 企业名称.
    public var name: String
    /// 统一社会信用代码 (18 characters, GB 32100-2015), where it is written.
    public var creditCode: Located<String>
    /// 所属行业: a value id of the rubric's `industry` attribute (e.g. `equipment`).
    public var industry: Located<String>?
    /// Free text when the industry is "other" (其他：……（请注明）).
    public var industryNote: String
    /// 地区, e.g. 湖南省株洲市天元区.
    public var region: String
    /// 单位地址.
    public var address: String
    /// 成立日期, as written.
    public var founded: String
    /// 企业性质 (国有 / 民营 / 三资 / 其他), as written.
    public var ownership: String
    /// 法人代表/负责人.
    public var legalRepresentative: Contact?
    /// 联系人.
    public var contact: Contact?

    /// Creates the applicant's basic information; only the name and credit code are required.
    public init(
        name: String, creditCode: Located<String>, industry: Located<String>? = nil, industryNote: String = "",
        region: String = "", address: String = "", founded: String = "", ownership: String = "",
        legalRepresentative: Contact? = nil, contact: Contact? = nil
    ) {
        self.name = name
        self.creditCode = creditCode
        self.industry = industry
        self.industryNote = industryNote
        self.region = region
        self.address = address
        self.founded = founded
        self.ownership = ownership
        self.legalRepresentative = legalRepresentative
        self.contact = contact
    }
}
