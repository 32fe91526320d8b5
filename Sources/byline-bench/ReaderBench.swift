import BylineKit
import BylineUI
import Foundation

/// The reader on a 10,000-story library made from the built-in stories: time to the first screen,
/// resident memory, and time per key press (the action, then drawing the screen).
func benchReader() {
    let builtIn = BuiltInLibrary.load().stories
    guard !builtIn.isEmpty else { print("reader: the built-in library is missing"); return }
    benchBuiltInStart()
    let n = 10_000
    var stories: [Story] = []
    stories.reserveCapacity(n)
    let day = 86_400.0
    for i in 0..<n {
        let b = builtIn[i % builtIn.count]
        stories.append(Story(id: "bench:\(i)", title: "\(b.title) (\(i / builtIn.count + 1))", source: b.source,
                             date: Date(timeIntervalSince1970: 1_600_000_000 - Double(i) * day / 3), text: b.text, location: nil))
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: dir) }

    // The stories as `byline refresh` leaves them: in the database (saving them is not timed here).
    guard let store = try? Store(path: dir.appendingPathComponent("library.sqlite").path), (try? store.save(stories)) != nil else {
        print("reader: cannot open or fill a store"); return
    }
    // First screen: open the library (nothing read but the count and a page of headers), the reader state,
    // one full render.
    let t0 = DispatchTime.now().uptimeNanoseconds
    let library = Library.open(store: store)
    let reader = Reader(library: library, width: 160, height: 45)
    let first = reader.render()
    let firstMs = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
    precondition(first.line(0).contains("Stories \(n)"))
    print(String(format: "reader: %d stories in the database, first screen %.1f ms (160×45), resident memory %@", n, firstMs, residentMemory()))

    func timeKeys(_ label: String, _ count: Int, _ action: (Int) -> Void) {
        var worst = 0.0
        let start = DispatchTime.now().uptimeNanoseconds
        for i in 0..<count {
            let k0 = DispatchTime.now().uptimeNanoseconds
            action(i)
            _ = reader.render()
            worst = max(worst, Double(DispatchTime.now().uptimeNanoseconds - k0) / 1e6)
        }
        let mean = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(count)
        print(String(format: "reader: %@: %d key presses, mean %.3f ms, worst %.3f ms per key (action + render)", label, count, mean, worst))
    }
    // Quote counts of the visible rows are filled in between keys, as the terminal front end does.
    while reader.hasIdleWork { reader.doIdleWork() }
    timeKeys("story list j/k", 2000) { i in reader.press(.char((i / 500) % 2 == 0 ? "j" : "k")) }
    timeKeys("list page down/up", 400) { i in reader.press(i % 80 < 40 ? .pageDown : .pageUp) }
    reader.press(.char("g"))
    reader.press(.enter)   // opens (and analyses) the newest story
    timeKeys("article scroll j/k", 2000) { i in reader.press(.char((i / 20) % 2 == 0 ? "j" : "k")) }
    timeKeys("next/previous quote", 2000) { i in reader.press(.char((i / 6) % 2 == 0 ? "n" : "p")) }
    timeKeys("entity panel j/k", 2000) { i in
        if i == 0 { reader.press(.tab) }
        reader.press(.char((i / 10) % 2 == 0 ? "j" : "k"))
    }
    timeKeys("resize reflow", 200) { i in reader.send(.resize(width: i % 2 == 0 ? 120 : 160, height: 45)) }
    print("reader: resident memory after the key presses \(residentMemory())")

    // For comparison: the same stories handed over in memory (`byline PATH...`), which saves them to the database first.
    let t1 = DispatchTime.now().uptimeNanoseconds
    let memLibrary = Library(stories: stories, store: try? Store(path: ":memory:"))
    let memScreen = Reader(library: memLibrary, width: 160, height: 45).render()
    precondition(memScreen.line(0).contains("Stories"))
    print(String(format: "reader: %d stories given in memory (saved to an in-memory database first): first screen %.1f ms",
                 n, Double(DispatchTime.now().uptimeNanoseconds - t1) / 1e6))
}

/// VmRSS from /proc/self/status.
func residentMemory() -> String {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return "unknown" }
    let kb = Double(line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0)
    return String(format: "%.1f MB", kb / 1024)
}

/// What `byline` with no arguments does before its first screen: open the database, save the built-in stories
/// into it unless the same files were saved before (first run: an empty database; next run: the same one), open
/// the whole library, draw.
func benchBuiltInStart() {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-builtin-\(getpid())")
    defer { try? FileManager.default.removeItem(at: dir) }
    for run in ["first run", "next run"] {
        let t0 = DispatchTime.now().uptimeNanoseconds
        guard let store = try? Store(path: dir.appendingPathComponent("library.sqlite").path) else { return }
        let t1 = DispatchTime.now().uptimeNanoseconds
        let library = ReaderLibrary.whole(store: store).library
        let t2 = DispatchTime.now().uptimeNanoseconds
        let screen = Reader(library: library, width: 160, height: 45).render()
        let t3 = DispatchTime.now().uptimeNanoseconds
        precondition(screen.line(0).contains("Stories"))
        print(String(format: "reader: built-in library (%d stories), %@: first screen %.1f ms (database %.1f, library %.1f, reader+render %.1f)",
                     library.count, run, Double(t3 - t0) / 1e6, Double(t1 - t0) / 1e6, Double(t2 - t1) / 1e6, Double(t3 - t2) / 1e6))
    }
}
