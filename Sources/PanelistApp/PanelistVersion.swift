/// The tool's version, recorded in journals and printouts.
public enum PanelistVersion {
    /// The version string, as `panelist --version` prints it.
    public static let current = "0.1.0"
}
