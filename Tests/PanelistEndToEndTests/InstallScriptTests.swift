import Foundation
import Testing

/// ./install.sh puts the binary and the shell completions under a prefix, and the installed tool runs from outside the repository.
/// (The man page needs swift-argument-parser's generate-manual tool built in release; Tests/Scripts/install-check.sh covers it.)
@Suite("install.sh")
struct InstallScriptTests {
    @Test func installsBinaryAndCompletionsThatWorkFromTmp() throws {
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let prefix = cli.path("prefix")
        let install = try Spawn.run(["/bin/bash", TmuxDriver.root.path + "/install.sh", "--prefix", prefix, "--binary", TmuxDriver.binary, "--no-man"],
                                    environment: cli.environment, directory: "/tmp")
        #expect(install.status == 0, "\(install.output)")
        #expect(install.stdout.contains("Installed panelist 0.1.0 into \(prefix)"))
        let version = try Spawn.run([prefix + "/bin/panelist", "--version"], environment: cli.environment, directory: "/tmp")
        #expect(version.stdout == "0.1.0\n")
        let list = try Spawn.run([prefix + "/bin/panelist", "rubric", "list"], environment: cli.environment, directory: "/tmp")
        #expect(list.status == 0 && list.stdout.contains("zhuzhou-benchmark"))
        let bash = try String(contentsOfFile: prefix + "/share/bash-completion/completions/panelist", encoding: .utf8)
        let zsh = try String(contentsOfFile: prefix + "/share/zsh/site-functions/_panelist", encoding: .utf8)
        let fish = try String(contentsOfFile: prefix + "/share/fish/vendor_completions.d/panelist.fish", encoding: .utf8)
        for script in [bash, zsh, fish] {
            #expect(script.contains("zhuzhou-benchmark") && script.contains("shaoxing-digital-workshop"))   // rubric ids
            #expect(script.contains("html"))                                                                // --format values
            #expect(script.contains("package") && script.contains("open"))
        }
        // The bash script loads and registers the completion.
        let loaded = try Spawn.run(["/bin/bash", "-c", "source \"$0\" && complete -p panelist", prefix + "/share/bash-completion/completions/panelist"],
                                   environment: cli.environment, directory: "/tmp")
        #expect(loaded.status == 0 && loaded.stdout.contains("panelist"), "\(loaded.output)")
    }

    @Test func aMissingBinaryIsExplained() throws {
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let result = try Spawn.run(["/bin/bash", TmuxDriver.root.path + "/install.sh", "--prefix", cli.path("p"), "--binary", cli.path("none")],
                                   environment: cli.environment, directory: "/tmp")
        #expect(result.status == 1)
        #expect(result.stderr.contains("swift build -c release"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("p")))
    }
}
