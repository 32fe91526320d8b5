import BylineKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The library at scale: 100,000 stories derived from the built-in Wikinews stories, written as RSS files in a
/// temporary folder, imported through the refresh path, then the reader's first screen (in a fresh process, for
/// an honest resident-memory figure), a search and a person's quotes are timed.
///
///   byline-bench library [N]      (default N = 100000; the temporary folder is removed afterwards)
func benchLibrary() {
    let args = Array(CommandLine.arguments.dropFirst())
    let n = args.count >= 2 ? Int(args[1]) ?? 100_000 : 100_000
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-library-\(getpid())")
    let keep = ProcessInfo.processInfo.environment["BYLINE_BENCH_KEEP"] != nil
    defer { if keep { print("library: kept \(dir.path)") } else { try? FileManager.default.removeItem(at: dir) } }
    do {
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("feeds"), withIntermediateDirectories: true)
        let dbPath = dir.appendingPathComponent("library.sqlite").path

        // 0. The built-in library as `byline read` opens it: saved to the database on first start, compared after.
        let builtIn = BuiltInLibrary.load().stories
        let builtInPath = dir.appendingPathComponent("builtin.sqlite").path
        for run in ["first start", "next start"] {
            let t = now()
            let builtInStore = try Store(path: builtInPath)
            let lib = Library(stories: builtIn, store: builtInStore)
            print(String(format: "library: built-in library (%d stories), %@: %.1f ms", lib.count, run, (now() - t) * 1000))
            // As between two runs of the reader: the full-text index the first start left to the background is done.
            try builtInStore.indexPendingText()
        }

        // 1. Generate.
        var t0 = now()
        let feeds = try LibraryGenerator(count: n).write(to: dir.appendingPathComponent("feeds"))
        let bytes = feeds.reduce(0) { $0 + fileSize($1) }
        print(String(format: "library: generated %d stories in %d RSS files (%.0f MB) in %.1f s", n, feeds.count, Double(bytes) / 1e6, now() - t0))

        // 2. Import through the refresh path (parse, decode, save in one transaction per feed; the full-text index follows).
        let store = try Store(path: dbPath)
        t0 = now()
        let results = FeedRefresher(store: store, timeout: 600, concurrency: 2).refresh(feeds.map { FeedSubscription(address: $0) })
        let importTime = now() - t0
        let failed = results.filter(\.failed)
        for f in failed { print("  import failed: \(f.summary)") }
        let stored = try store.storyCount()
        print(String(format: "library: imported %d stories in %.1f s (%.0f stories/s)", stored, importTime, Double(stored) / importTime))
        // The full-text index, which grows in the background after each save: what is left of it when the import ends.
        let pending = try store.pendingTextCount()
        t0 = now()
        try store.indexPendingText()
        print(String(format: "library: full-text index: %d stories left to index after the import, indexed in %.1f s", pending, now() - t0))

        // 3. Some reading: a third read.
        let ids = try store.headers().map(\.id)
        try store.setRead(Array(ids.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)), true)

        // 4. The index: analyse a sample with the real analyser (the library never analyses everything at once).
        let library = Library.open(store: store)
        let sample = min(2_000, n)
        t0 = now()
        let analysed = library.indexPending(limit: sample)
        let analyseTime = now() - t0
        print(String(format: "library: analysed and indexed %d stories in %.1f s (%.1f ms per story); %d people, %d quotes indexed",
                     analysed, analyseTime, analyseTime * 1000 / Double(max(1, analysed)),
                     library.people().count, library.people().reduce(0) { $0 + $1.quotes }))
        // To time index queries at full scale, fill the rest of the index with rows derived from each story's own
        // quotation marks (speaker: the person named in the text that the generator attributed).
        t0 = now()
        let synthetic = try LibraryGenerator.fillIndex(store)
        print(String(format: "library: index rows for the other %d stories written in %.1f s (synthetic: quotes found by quotation marks, attributed by the generator)",
                     synthetic, now() - t0))
        store.dbQueue.releaseMemory()
        try store.dbQueue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let dbBytes = ["", "-wal", "-shm"].reduce(0) { $0 + fileSize(dbPath + $1) }
        print(String(format: "library: database %.0f MB (%.1f KB per story)", Double(dbBytes) / 1e6, Double(dbBytes) / 1024 / Double(stored)))

        // 5. First screen, in a fresh process.
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        for mode in ["paged", "all-headers"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: exe)
            p.arguments = ["library-first-screen", dbPath, mode]
            try p.run()
            p.waitUntilExit()
        }

        // 6. Search and people.
        let lib = Library.open(store: try Store(path: dbPath))
        for q in ["minister", "police fire", "zzzunknownword"] {
            t0 = now()
            let hits = lib.search(q)
            print(String(format: "library: search %@: %d stories in %.1f ms", "\"\(q)\"", hits.count, (now() - t0) * 1000))
        }
        t0 = now()
        let people = lib.people()
        let peopleTime = now() - t0
        print(String(format: "library: people view: %d people in %.1f ms", people.count, peopleTime * 1000))
        if let top = people.first {
            t0 = now()
            let quotes = lib.quotes(by: top.key)
            print(String(format: "library: quotes of %@ (%d stories): %d quotes newest first in %.1f ms",
                         top.name, top.stories, quotes.count, (now() - t0) * 1000))
            t0 = now()
            let others = lib.stories(mentioning: top.key)
            print(String(format: "library: stories mentioning %@: %d in %.1f ms", top.name, others.count, (now() - t0) * 1000))
        }
    } catch {
        print("library: failed: \(error)")
    }
}

/// Child process: open the library as a reader would and show the first screen (60 rows) with the unread count;
/// the unread counts per source (a side bar) are timed on their own.
func benchLibraryFirstScreen(_ dbPath: String, mode: String) {
    let t0 = now()
    do {
        let store = try Store(path: dbPath)
        let library = Library.open(store: store)
        let tOpen = now()
        let rows = mode == "all-headers" ? Array(library.headers.prefix(60)) : library.headers(in: 0..<60)
        let tRows = now()
        let unread = library.unreadCount
        let marks = rows.filter { library.isRead($0.id) }.count
        let tEnd = now()
        let bySource = library.unreadCountsBySource
        let tSources = now()
        // Peak resident memory of this process image (VmHWM; getrusage's maxrss would include the parent's
        // before exec on Linux).
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let hwmKB = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Double($0) } } ?? 0
        print(String(format: "library: first screen (%@): %d stories, %d rows, %d unread, %d read marks shown: %.1f ms (open %.1f, rows %.1f, unread count and marks %.1f), %.0f MB resident; unread per source (%d sources) %.1f ms more",
                     mode == "all-headers" ? "every header loaded" : "headers paged from SQLite",
                     library.count, rows.count, unread, marks, (tEnd - t0) * 1000, (tOpen - t0) * 1000, (tRows - tOpen) * 1000,
                     (tEnd - tRows) * 1000, hwmKB / 1024, bySource.count, (tSources - tEnd) * 1000))
    } catch {
        print("library: first screen failed: \(error)")
    }
}

/// Time reading one feed file: decoding, XML, HTML to text, and turning entries into stories.
func benchFeedParse(_ path: String) {
    do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var t0 = now()
        let decoded = FeedDecoding.decode(data)
        let tDecode = now() - t0
        t0 = now()
        let root = FeedXML.parseStrict(decoded.text)
        let tXML = now() - t0
        if let root {
            let channel = root.elements.first { $0.name == "channel" }!
            let items = channel.elements.filter { $0.name == "item" }
            t0 = now()
            for it in items { _ = it.text }
            let tText = now() - t0
            t0 = now()
            for it in items { if let d = it.elements.first(where: { $0.name == "description" }) { _ = HTMLText.plainText(d.text) } }
            let tHTML = now() - t0
            t0 = now()
            for it in items { _ = FeedParser.readRSSItem(it, address: nil) }
            let tItems = now() - t0
            print(String(format: "feed-parse: node text %.0f ms, HTML to text %.0f ms, items %.0f ms", tText * 1000, tHTML * 1000, tItems * 1000))
        }
        t0 = now()
        let feed = try FeedParser.parse(data)
        let tAll = now() - t0
        t0 = now()
        let stories = feed.stories(feedAddress: path)
        let tStories = now() - t0
        print(String(format: "feed-parse: %.1f MB, %d entries: decode %.0f ms, XML %.0f ms (%@), whole parse %.0f ms, stories %.0f ms",
                     Double(data.count) / 1e6, feed.entries.count, tDecode * 1000, tXML * 1000, root == nil ? "ill-formed" : "well-formed",
                     tAll * 1000, tStories * 1000) + " (\(stories.count) stories)")
    } catch {
        print("feed-parse: \(error)")
    }
}

private func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

private func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Deterministic variations of the built-in stories.
struct LibraryGenerator {
    let count: Int
    static let first = ["Maria", "James", "Aiko", "Olu", "Sofia", "Chen", "Pierre", "Anna", "Rahul", "Fatima",
                        "Lars", "Elena", "Kofi", "Yuki", "Diego", "Leila", "Tomas", "Grace", "Omar", "Ingrid"]
    static let last = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Silva", "Novak", "Mensah",
                       "Ivanova", "Brennan", "Castillo", "Nakamura", "Petrov", "Adeyemi", "Fischer", "Rossi", "Khan"]

    struct SplitMix { var s: UInt64; mutating func next() -> UInt64 { s &+= 0x9E3779B97F4A7C15; var z = s; z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) &* 0x94D049BB133111EB; return z ^ (z >> 31) } }

    static func person(_ k: Int) -> String { first[k % first.count] + " " + last[(k / first.count) % last.count] }

    /// Write RSS files of 1,000 items each; returns their paths.
    func write(to dir: URL) throws -> [String] {
        let base = BuiltInLibrary.load().stories.filter { $0.id.hasPrefix("builtin:wikinews/") }
        guard !base.isEmpty else { throw SourceError.empty(path: "built-in library") }
        var rng = SplitMix(s: 42)
        var paths: [String] = []
        let start = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01
        var i = 0
        var fileNo = 0
        while i < count {
            var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Bench wire \(fileNo)</title><link>https://bench.invalid/\(fileNo)</link>\n"
            for _ in 0..<1000 where i < count {
                let s = base[i % base.count]
                let variant = i / base.count
                var paragraphs = s.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
                let title = paragraphs.isEmpty ? s.title : paragraphs.removeFirst()
                if paragraphs.count > 1 {
                    let r = Int(rng.next() % UInt64(paragraphs.count))
                    paragraphs = Array(paragraphs[r...] + paragraphs[..<r])
                }
                let who = LibraryGenerator.person(Int(rng.next() % 360))
                let said = "\"We will look at this again next week,\" said \(who), a spokesperson."
                paragraphs.insert(said, at: min(1, paragraphs.count))
                let body = paragraphs.map { "<p>\(FeedNodeEscape.escape($0))</p>" }.joined()
                let date = start.addingTimeInterval(Double(i) * 600 + Double(rng.next() % 600))
                xml += "<item><guid isPermaLink=\"false\">bench-\(i)</guid><title>\(FeedNodeEscape.escape(title)) (\(variant))</title>"
                xml += "<pubDate>\(FeedNodeEscape.rfc822(date))</pubDate><author>\(who)</author>"
                xml += "<description>\(FeedNodeEscape.escape(body))</description></item>\n"
                i += 1
            }
            xml += "</channel></rss>\n"
            let path = dir.appendingPathComponent(String(format: "wire-%03d.xml", fileNo)).path
            try Data(xml.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
            fileNo += 1
        }
        return paths
    }

    /// Index rows for stories not analysed yet: every quotation in double quotes, attributed to the person named
    /// in the generator's "said NAME" sentence when it is that quote, else left unattributed.
    static func fillIndex(_ store: Store) throws -> Int {
        let ids = try store.storiesNeedingAnalysis()
        var done = 0
        for chunk in stride(from: 0, to: ids.count, by: 1000) {
            var batch: [(Analysis, String, String)] = []
            for id in ids[chunk..<min(ids.count, chunk + 1000)] {
                guard let s = try store.story(id) else { continue }
                let scalars = Array(s.text.unicodeScalars)
                var quotes: [Quote] = []
                var entities: [Entity] = []
                var mentions: [Mention] = []
                var open: Int?
                for (k, c) in scalars.enumerated() where c == "\"" {
                    if let o = open {
                        let span = Span(o, k + 1)
                        quotes.append(Quote(span: span, text: String(String.UnicodeScalarView(scalars[o...k])), kind: .direct, group: quotes.count))
                        open = nil
                    } else { open = k }
                }
                if let r = s.text.range(of: ",\" said "), let comma = s.text[r.upperBound...].firstIndex(of: ",") {
                    let name = String(s.text[r.upperBound..<comma])
                    let start = s.text.unicodeScalars.distance(from: s.text.unicodeScalars.startIndex, to: r.upperBound)
                    let span = Span(start, start + name.unicodeScalars.count)
                    entities.append(Entity(id: 0, type: .person, name: name, role: nil, mentions: [0]))
                    mentions.append(Mention(span: span, type: .person, text: name, entity: 0))
                    if let q = quotes.lastIndex(where: { $0.span.end <= start }) { quotes[q].entity = 0; quotes[q].speaker = name }
                }
                batch.append((Analysis(text: s.text, quotes: quotes, entities: entities, mentions: mentions), id, s.contentHash))
                done += 1
            }
            try store.saveAnalyses(batch)
        }
        return done
    }
}

enum FeedNodeEscape {
    static func escape(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 64)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): bytes.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): bytes.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): bytes.append(contentsOf: Array("&gt;".utf8))
            default: bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let days = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 822 in GMT without a DateFormatter (slow on Linux at 100,000 dates).
    static func rfc822(_ d: Date) -> String {
        let t = Int(d.timeIntervalSince1970)
        let daysSince = t / 86_400, secs = t % 86_400
        // Civil from days (Howard Hinnant's algorithm).
        let z = daysSince + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d GMT", days[daysSince % 7], day, months[month - 1], year,
                      secs / 3600, secs % 3600 / 60, secs % 60)
    }
}

/// `byline FOLDER` on a folder of text files (`copies` copies of the built-in stories, each made distinct by a
/// last line), opened twice into a new database: the first time saves every story, the second finds them saved.
func benchOpenFolder(copies: Int) {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("byline-bench-folder-\(getpid())")
    defer { try? fm.removeItem(at: dir) }
    let stories = BuiltInLibrary.load().stories
    do {
        try fm.createDirectory(at: dir.appendingPathComponent("stories"), withIntermediateDirectories: true)
        var n = 0, bytes = 0
        for c in 0..<copies {
            for s in stories {
                n += 1
                let text = s.text + "\n\nCopy \(c + 1).\n"
                bytes += text.utf8.count
                try text.write(to: dir.appendingPathComponent("stories/s\(n).txt"), atomically: false, encoding: .utf8)
            }
        }
        print(String(format: "open folder: %d text files, %.1f MB", n, Double(bytes) / 1_048_576))
        let db = dir.appendingPathComponent("library.sqlite").path
        benchOpenPaths([dir.appendingPathComponent("stories").path], db: db, label: "first time")
        benchOpenPaths([dir.appendingPathComponent("stories").path], db: db, label: "again")
    } catch {
        print("open folder failed: \(error)")
    }
}

/// `byline PATH...` up to its first screen: reading the files, then saving them and making the library.
func benchOpenPaths(_ paths: [String], db: String, label: String = "") {
    let t0 = now()
    let loaded = FeedSource.load(paths)
    let t1 = now()
    do {
        let store = try Store(path: db)
        let t2 = now()
        let library = Library(stories: loaded.stories, store: store)
        let rows = library.headers(in: 0..<60)
        let t3 = now()
        print(String(format: "open paths%@: %d stories (%d rows shown) in %.0f ms: read %.0f ms, open store %.0f ms, save and list %.0f ms",
                     label.isEmpty ? "" : " (\(label))", library.count, rows.count, (t3 - t0) * 1000,
                     (t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000))
    } catch {
        print("open paths failed: \(error)")
    }
}
