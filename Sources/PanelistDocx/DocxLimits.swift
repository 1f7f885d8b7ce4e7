/// The bounds an import stays within, whatever the file: time and memory grow with these, not with the input.
///
/// A filled-in 申报书 is tens to a few hundred pages: its `word/document.xml` is well under 10 MiB
/// and its paragraphs number in the low thousands. The limits leave a wide margin above that and
/// refuse zip bombs and "thousands of pages" documents with a message saying what to do.
public struct DocxLimits: Sendable, Equatable {
    /// Largest .docx file accepted (images included; they are listed, never decompressed).
    public var fileBytes: Int
    /// Most entries (parts) in the zip.
    public var entries: Int
    /// Most bytes one XML part may decompress to.
    public var partBytes: Int
    /// Most bytes all the XML parts read may decompress to together.
    public var totalBytes: Int
    /// Greatest decompressed ÷ compressed size of a part larger than `ratioFloor` bytes.
    public var ratio: Int
    /// Parts smaller than this are not checked for their ratio (small XML compresses very well).
    public var ratioFloor: Int
    /// Most paragraphs (body and table cells together).
    public var paragraphs: Int
    /// Most table cells.
    public var cells: Int

    /// The limits used by `panelist app import`.
    public static let standard = DocxLimits(fileBytes: 200 << 20, entries: 5_000, partBytes: 64 << 20, totalBytes: 96 << 20,
                                            ratio: 200, ratioFloor: 1 << 20, paragraphs: 50_000, cells: 100_000)

    /// Creates limits.
    public init(fileBytes: Int, entries: Int, partBytes: Int, totalBytes: Int, ratio: Int, ratioFloor: Int, paragraphs: Int, cells: Int) {
        self.fileBytes = fileBytes
        self.entries = entries
        self.partBytes = partBytes
        self.totalBytes = totalBytes
        self.ratio = ratio
        self.ratioFloor = ratioFloor
        self.paragraphs = paragraphs
        self.cells = cells
    }
}
