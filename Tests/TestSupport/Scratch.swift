import Foundation

/// Every file and folder a test makes lives in one folder for the whole test run, removed when the run ends,
/// so the suite leaves nothing behind in the system's temporary folder.
public enum Scratch {
    public static let root: URL = {
        let url = folder(forProcess: getpid())
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.folder(forProcess: getpid())) }
        return url
    }()

    public static func folder(forProcess pid: pid_t) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("byline-tests-\(pid)")
    }

    /// A new, unused path in the run's folder; nothing is created there.
    public static func path(_ prefix: String, suffix: String = "") -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }
}
