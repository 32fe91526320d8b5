import Foundation
import TestSupport
import Testing

/// Drives the real `byline` binary in a detached tmux session and reads the screen with capture-pane.
@Suite("End to end under tmux", .serialized)
struct EndToEndTests {
    final class Tmux {
        let session = "byline-e2e-\(UUID().uuidString.prefix(8))"
        /// The server's socket, in the test run's scratch folder, so it goes when the run ends.
        let socket = Scratch.path("tmux", suffix: ".sock").path
        let tmux: String

        init() throws {
            let candidates = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
            guard let t = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw E2EError("tmux is not installed: the end-to-end reader test needs it (apt-get install tmux)")
            }
            tmux = t
        }

        /// Run tmux on this test's own server socket, waiting for the client to exit. Output goes through a
        /// file (the tmux server inherits the client's descriptors, so a pipe would never reach end-of-file).
        @discardableResult
        func run(_ args: [String]) throws -> String { try runWithStatus(args).output }

        /// Run tmux; its output and error output (together) and its exit status.
        func runWithStatus(_ args: [String]) throws -> (output: String, status: Int32) {
            let out = Scratch.path(session, suffix: ".out")
            defer { try? FileManager.default.removeItem(at: out) }
            var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            let argv = ([tmux, "-S", socket] + args).map { strdup($0) } + [nil]
            defer { for a in argv { free(a) } }
            var pid: pid_t = 0
            let rc = posix_spawn(&pid, tmux, &actions, nil, argv, environ)
            guard rc == 0 else { throw E2EError("cannot run tmux: error \(rc)") }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return ((try? String(contentsOf: out, encoding: .utf8)) ?? "", exit)
        }

        func start(_ command: String) throws {
            // A server still shutting down from the last run can refuse the first try: try again (a few times).
            var r: (output: String, status: Int32) = ("", 0)
            for _ in 0..<3 {
                stop()
                r = try runWithStatus(["new-session", "-d", "-s", session, "-x", "160", "-y", "45", command])
                if r.status == 0 { return }
            }
            throw E2EError("tmux new-session failed (status \(r.status)): \(r.output)")
        }

        func keys(_ k: String...) throws { try run(["send-keys", "-t", session] + k) }
        func screen() throws -> String {
            let r = try runWithStatus(["capture-pane", "-p", "-t", session])
            guard r.status == 0 else { throw E2EError("the tmux session is gone (capture-pane: \(r.output))") }
            return r.output
        }
        /// End what this test started: the pane's processes, then its tmux server.
        func stop() {
            let pids = ((try? run(["list-panes", "-a", "-F", "#{pane_pid}"])) ?? "").split(separator: "\n").compactMap { Int32($0) }
            for pid in pids where pid > 1 { kill(-pid, SIGKILL); kill(pid, SIGKILL) }
            _ = try? run(["kill-server"])
            try? FileManager.default.removeItem(atPath: socket)
        }

        /// Poll the screen until `ok` holds. The deadline only bounds a reader that never gets there: a loaded
        /// machine (the first start analyses, builds the database) just takes longer, so it is generous, and
        /// the polling backs off from 50 ms to 1 s so as not to add load.
        func waitFor(_ what: String, timeout: Double = 60, _ ok: (String) -> Bool) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            var pause = 0.05
            while true {
                last = try screen()
                if ok(last) { return last }
                guard Date() < deadline else { break }
                Thread.sleep(forTimeInterval: pause)
                pause = min(1, pause * 1.5)
            }
            throw E2EError("timed out after \(Int(timeout)) s waiting for \(what); the screen was:\n\(last)")
        }
    }

    struct E2EError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    @Test("Open the seed, step to a quote and its speaker, mark it read, quit, restart and see the mark")
    func readerSession() throws {
        // The binary `swift test` built next to this test bundle, else the package's debug build.
        let besideTests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("byline")
        let debugBuild = Support.packageRoot.appendingPathComponent(".build/debug/byline")
        guard let binary = [besideTests, debugBuild].first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            Issue.record("\(debugBuild.path) is missing: build the package first (swift build)"); return
        }
        let t = try Tmux()
        defer { t.stop() }
        let home = Support.tempDir()
        defer { try? FileManager.default.removeItem(at: home) }
        let command = "env XDG_DATA_HOME=\(home.path)/data XDG_CONFIG_HOME=\(home.path)/config TERM=xterm-256color "
            // The pane stays after the reader exits (stop() ends it), so a reader that fails shows why.
            + "\(binary.path); echo BYLINE-EXITED $?; exec sleep 3600"

        func seedRow(_ screen: String) -> Substring? {
            screen.split(separator: "\n").first { $0.contains("U.S. Secretary of State") && $0.contains("2016-07-15") }
        }
        func openSeed() throws -> String {
            _ = try t.waitFor("the story list", timeout: 120) { $0.contains("Stories") }
            try t.keys("/", "Kerry", "Enter")
            _ = try t.waitFor("the search results") { $0.contains("matching “Kerry”") }
            try t.keys("G")
            return try t.waitFor("the seed story in the list") { s in seedRow(s) != nil }
        }

        try t.start(command)
        var screen = try openSeed()
        #expect(seedRow(screen)?.hasPrefix("●") == true, "the seed starts unread")
        try t.keys("Enter")
        screen = try t.waitFor("the seed story") { $0.contains("MOSCOW (Reuters) - U.S. Secretary of State") }
        try t.keys("n", "n", "n")
        screen = try t.waitFor("the third quote") { $0.contains("Quote 3 of 5") }
        try t.keys("s")
        // John Kerry selected: his quotes are listed under him in the entity panel (the article shows the
        // quote too). Recorded without stopping, so the read-state checks below still run.
        do {
            screen = try t.waitFor("John Kerry selected, his quotes listed in the entity panel") {
                $0.components(separatedBy: "I think people all over").count >= 3 && $0.contains("John Kerry")
            }
        } catch { Issue.record(error) }
        // The seed row lost its unread marker.
        #expect(seedRow(screen)?.hasPrefix("●") == false)
        func quit() throws {
            try t.keys("Q")
            _ = try t.waitFor("the reader to quit") { $0.contains("BYLINE-EXITED 0") }
        }
        func restart() throws -> String {
            try quit()
            try t.start(command)
            return try openSeed()
        }

        // Restart: the mark is still there; r marks it unread again, which also survives a restart.
        screen = try restart()
        #expect(seedRow(screen)?.hasPrefix("●") == false, "the seed is still read after a restart")
        try t.keys("r")
        screen = try t.waitFor("the unread mark") { s in seedRow(s)?.hasPrefix("●") == true }
        screen = try restart()
        #expect(seedRow(screen)?.hasPrefix("●") == true, "the seed is unread again after a restart")
        // The story again, its analysis read back from the database's cache: the quotes are all there.
        try t.keys("Enter")
        _ = try t.waitFor("the seed story after restarts") { $0.contains("MOSCOW (Reuters) - U.S. Secretary of State") }
        try t.keys("n")
        _ = try t.waitFor("its first quote") { $0.contains("Quote 1 of 5") }
        try quit()
    }
}
