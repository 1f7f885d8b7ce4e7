import Foundation
import Testing

/// The tool as installed: a copied binary finds its rubrics anywhere; settings; the packages list; the screen's start-up message.
@Suite("Installed tool")
struct InstalledToolTests {
    @Test func aCopiedBinaryListsTheBundledRubricsFromAnyFolder() throws {
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let bin = cli.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        // Copied by cp, not in this process: a writable descriptor here could leak into another test's child and make exec fail (ETXTBSY).
        #expect(try Spawn.run(["/bin/cp", TmuxDriver.binary, bin + "/panelist"]).status == 0)
        let result = try Spawn.run([bin + "/panelist", "rubric", "list"], environment: cli.environment, directory: "/tmp")
        #expect(result.status == 0, "\(result.output)")
        for id in ["zhuzhou-benchmark", "shaoxing-digital-workshop", "zhejiang-future-factory", "auto-superfactory", "excellence-smart-factory"] {
            #expect(result.stdout.contains(id))
        }
        let show = try Spawn.run([bin + "/panelist", "rubric", "show", "zhuzhou-benchmark", "--width", "100"], environment: cli.environment, directory: "/tmp")
        #expect(show.status == 0 && show.stdout.contains("1.1"))
    }

    @Test func foldersAddOrOverrideByEnvironmentOrOption() throws {
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let dir = cli.path("extra")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: TmuxDriver.root.path + "/Rubrics/zhuzhou-benchmark.yaml", encoding: .utf8)
            .replacingOccurrences(of: "id: zhuzhou-benchmark", with: "id: zhuzhou-local")
        try text.write(toFile: dir + "/local.yaml", atomically: true, encoding: .utf8)
        let env = try cli.run(["rubric", "list"], directory: "/tmp", extraEnvironment: ["PANELIST_RUBRICS": dir])
        #expect(env.stdout.contains("zhuzhou-local") && env.stdout.contains("zhuzhou-benchmark"))
        let option = try cli.run(["rubric", "list", "--rubrics", dir], directory: "/tmp")
        #expect(option.stdout.contains("zhuzhou-local"))
        let missing = try cli.run(["rubric", "list", "--rubrics", cli.path("nope")], directory: "/tmp")
        #expect(missing.status == 1 && missing.stderr.contains(cli.path("nope")))
    }

    @Test func configShowsSettingsAndRefusesABrokenFile() throws {
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let first = try cli.run(["config"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("(not present; defaults apply)"))
        #expect(first.stdout.contains("created now"))
        try FileManager.default.createDirectory(atPath: cli.home + "/config/panelist", withIntermediateDirectories: true)
        try "language = \"zh\"\nascii = true\nmouse = false\nname = \"李明\"\n".write(toFile: cli.home + "/config/panelist/config.toml", atomically: true, encoding: .utf8)
        let set = try cli.run(["config"])
        #expect(set.status == 0)
        for line in ["language = zh  (config.toml)", "ascii    = true  (config.toml)", "mouse    = false  (config.toml)", "name     = 李明  (config.toml)"] {
            #expect(set.stdout.contains(line), "\(set.stdout)")
        }
        #expect(set.stdout.contains(" 李明\n"))                    // the known-keys line to give the office
        // The language setting applies to other commands; --lang overrides it.
        #expect(try cli.run(["package", "list"]).stdout.contains("尚未安装评审包"))
        #expect(try cli.run(["package", "list", "--lang", "en"]).stdout.contains("No review packages installed"))
        try "ascii = yes\n".write(toFile: cli.home + "/config/panelist/config.toml", atomically: true, encoding: .utf8)
        let broken = try cli.run(["config"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains(cli.home + "/config/panelist/config.toml:1:"))
    }

    @Test func theNameAskedAtTheFirstReviewGoesIntoConfigToml() throws {
        // The screen needs a terminal; the name prompt comes first, so an empty answer stops before it.
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let result = try cli.run(["review", "Fixtures/applications/zz-2024-w-hengchi.yaml"], stdin: "\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("kept in config.toml"))
        #expect(!FileManager.default.fileExists(atPath: cli.home + "/config/panelist/config.toml"))
    }
}

/// `panelist` alone in tmux: the demo applications when no package is installed (said on screen), else the packages'.
@Suite("Start-up screen", .serialized, .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct StartupScreenTests {
    @Test func demoApplicationsWhenThereIsNoPackageAndThePackagesWhenThereAre() throws {
        let t = try TmuxDriver()
        try t.start(["--name", "王评审"], lang: "en_US.UTF-8")
        let demo = try t.wait(for: "No review package installed")
        #expect(demo.contains("zz-2024-s-ciyun") && demo.contains("auto-2024-qingyu"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
        try t.endSession()

        // The office's package for 李明, opened through the screen's home (TmuxDriver's XDG folders).
        let office = try PanelistCLI(lang: "en_US.UTF-8")
        #expect(try office.run(["package", "create", "Fixtures/panels/zz-2024-panel.yaml", "--out", office.path("out")]).status == 0)
        let env = ["PATH": "/usr/bin:/bin", "HOME": t.home, "XDG_STATE_HOME": t.home + "/state", "XDG_CONFIG_HOME": t.home + "/config", "LANG": "en_US.UTF-8"]
        let open = try Spawn.run([TmuxDriver.binary, "open", office.path("out/zz-2024-panel-a-r3.zip"), "--no-screen"], environment: env, directory: "/tmp")
        #expect(open.status == 0, "\(open.output)")
        try t.start([], lang: "en_US.UTF-8")
        // Above the list (or here the one review): the package, its panel, progress and deadline, and the office's note.
        let packages = try t.wait(for: "0/1 signed; due 2026-12-15")
        #expect(packages.contains("Package zz-2024-panel-a-r3: "), "\(packages)")
        // Her one application opens directly (陈静 is conflicted with ciyun).
        #expect(packages.contains("株洲恒驰"))
        #expect(!packages.contains("auto-2024-qingyu") && !packages.contains("醴陵瓷韵"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
        try t.endSession()

        // Opening a package (here already installed) goes straight to the screen on its applications.
        try t.start(["open", office.path("out/zz-2024-panel-a-r3.zip")], lang: "en_US.UTF-8")
        let opened = try t.wait(for: "Package zz-2024-panel-a-r3: 1 application(s), due 2026-12-15")
        #expect(opened.contains("株洲恒驰"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
    }
}
