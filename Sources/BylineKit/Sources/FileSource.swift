import Foundation

/// Text files and folders of them: first line the title (when it looks like one), a dateline gives place and source.
public enum FileSource {
    public struct Result: Sendable {
        public var stories: [Story]
        /// One line per file that could not be read, naming the file and what is wrong.
        public var errors: [String]
    }

    /// Load stories from files and folders (folders are read recursively for `.txt` files).
    public static func load(paths: [String]) -> Result {
        var errors: [String] = []
        // Every file to read, in order, with the dates of its folder's INDEX.tsv; then all of them read at once.
        var jobs: [(path: String, dates: [String: Date])] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append("\(path): no such file or folder"); continue
            }
            if isDir.boolValue {
                guard let e = fm.enumerator(atPath: path) else { errors.append("\(path): cannot list folder"); continue }
                var files: [String] = []
                while let f = e.nextObject() as? String {
                    let lower = f.lowercased()
                    if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { files.append(f) }
                }
                let index = readIndex((path as NSString).appendingPathComponent("INDEX.tsv"))
                for f in files.sorted() { jobs.append(((path as NSString).appendingPathComponent(f), index)) }
            } else {
                jobs.append((path, [:]))
            }
        }
        var stories: [Story] = []
        stories.reserveCapacity(jobs.count)
        for r in loadFiles(jobs) {
            switch r {
            case .success(let s): stories.append(s)
            case .failure(let e): errors.append("\(e)")
            }
        }
        return Result(stories: stories, errors: errors)
    }

    /// Load many files, in the order given, on all cores (each file is read and made into a story on its own).
    static func loadFiles(_ jobs: [(path: String, dates: [String: Date])]) -> [Swift.Result<Story, Error>] {
        Parallel.map(jobs) { job in Swift.Result { try loadFile(job.path, dates: job.dates) } }
    }

    /// The size and modification time of a file (one stat call), or nil.
    static func sizeAndDate(_ path: String) -> (size: Int, date: Date)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let t = st.st_mtim
        return (Int(st.st_size), Date(timeIntervalSince1970: TimeInterval(t.tv_sec) + TimeInterval(t.tv_nsec) / 1e9))
    }

    public static func loadFile(_ path: String, dates: [String: Date] = [:], source: String? = nil) throws -> Story {
        let url = URL(fileURLWithPath: path)
        let attrs = sizeAndDate(path)
        if let size = attrs?.size, size > TextDecoding.maxStoryBytes {
            throw SourceError.tooLarge(path: path, bytes: size, limit: TextDecoding.maxStoryBytes)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SourceError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let text = try TextDecoding.decode(data, path: path)
        let name = url.lastPathComponent
        let date = dates[name] ?? attrs?.date
        return story(text: text, location: url.standardizedFileURL.path, fallbackTitle: url.deletingPathExtension().lastPathComponent,
                     date: date, source: source ?? url.deletingLastPathComponent().lastPathComponent)
    }

    /// Build a story from text: the title is the title line, else the first words; the source is the dateline's wire service if any.
    public static func story(text: String, location: String?, fallbackTitle: String, date: Date?, source: String) -> Story {
        // Title, dateline and first sentence live at the top: segment only the head of a long text.
        let doc = Document(head(of: text, scalars: 3000))
        var title = doc.title ?? ""
        if title.isEmpty {
            let first = doc.paragraphs.first.map { doc.string($0.sentences.first ?? $0.span) } ?? fallbackTitle
            let body = doc.dateline.map { d in doc.string(Span(d.span.end, doc.paragraphs.first?.sentences.first?.end ?? d.span.end)) } ?? first
            title = shortTitle(body.trimmingCharacters(in: .whitespaces), limit: 80)
            if title.isEmpty { title = fallbackTitle }
        }
        let src = doc.dateline?.source ?? source
        let hash = ContentHash.hex(of: text)
        let id = (location ?? "text") + "#" + hash
        return Story(id: id, title: title, source: src, date: date, text: text, location: location)
    }

    /// The text up to the first paragraph break after `scalars` scalars (the whole text when shorter).
    static func head(of text: String, scalars: Int) -> String {
        let u = text.unicodeScalars
        guard let cut = u.index(u.startIndex, offsetBy: scalars, limitedBy: u.endIndex), cut < u.endIndex else { return text }
        var i = cut
        while i < u.endIndex, u[i] != "\n" { i = u.index(after: i) }
        return String(u[u.startIndex..<i])
    }

    /// A title made from the first sentence: cut at a word boundary, with an ellipsis when cut.
    static func shortTitle(_ sentence: String, limit: Int) -> String {
        var t = sentence
        while let last = t.last, ".!?".contains(last) { t.removeLast() }
        guard t.count > limit else { return t }
        var cut = String(t.prefix(limit))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, ",;:- ".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// INDEX.tsv: file, date (YYYY-MM-DD), title, ...
    static func readIndex(_ path: String) -> [String: Date] {
        guard let s = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var out: [String: Date] = [:]
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX"); f.timeZone = TimeZone(identifier: "UTC"); f.dateFormat = "yyyy-MM-dd"
        for line in s.split(separator: "\n").dropFirst() {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            if cols.count >= 2, let d = f.date(from: String(cols[1])) { out[String(cols[0])] = d }
        }
        return out
    }
}

/// The sample library shipped with Byline: the seed story and Wikinews articles (CC BY 2.5).
public enum BuiltInLibrary {
    public static var folder: URL? { Bundle.module.url(forResource: "Library", withExtension: nil) }

    /// Raise when `load()` makes different stories from the same files (ids, dates, sources).
    static let formatVersion = 1

    /// A fingerprint of the installed library's files (names, sizes, modification times) and of `formatVersion`,
    /// read without opening the files: equal stamps mean `load()` would give the same stories. Nil when the
    /// library is missing or a file cannot be examined.
    public static func stamp() -> String? {
        guard let dir = folder else { return nil }
        let fm = FileManager.default
        var lines: [String] = []
        for sub in ["seed", "wikinews"] {
            let path = dir.appendingPathComponent(sub).path
            guard let names = try? fm.contentsOfDirectory(atPath: path) else { return nil }
            for name in names.sorted() {
                guard let a = try? fm.attributesOfItem(atPath: path + "/" + name),
                      let size = a[.size] as? NSNumber, let date = a[.modificationDate] as? Date else { return nil }
                lines.append("\(sub)/\(name)\t\(size)\t\(date.timeIntervalSince1970)")
            }
        }
        return "v\(formatVersion)-\(lines.count)-" + ContentHash.hex(of: lines.joined(separator: "\n"))
    }

    public static func load() -> FileSource.Result {
        guard let dir = folder else { return FileSource.Result(stories: [], errors: ["built-in library is missing from the installation"]) }
        var result = FileSource.Result(stories: [], errors: [])
        let seedDir = dir.appendingPathComponent("seed").path
        let wikiDir = dir.appendingPathComponent("wikinews").path
        let seed = FileSource.load(paths: [seedDir])
        for var s in seed.stories {
            // The seed is a wire story dated by its content (Kerry in Moscow after the Nice attack).
            s.date = ISO8601DateFormatter().date(from: "2016-07-15T12:00:00Z")
            s.id = "builtin:seed/" + ((s.location ?? "") as NSString).lastPathComponent
            result.stories.append(s)
        }
        let wiki = FileSource.load(paths: [wikiDir])
        for var s in wiki.stories {
            if s.source == "wikinews" { s.source = "Wikinews" }
            s.id = "builtin:wikinews/" + ((s.location ?? "") as NSString).lastPathComponent
            result.stories.append(s)
        }
        result.errors = seed.errors + wiki.errors
        return result
    }
}
