import BylineKit
import Foundation

// Offline builder for the name finder's resources (Sources/BylineKit/Resources/Gazetteers/names.lex, names.model).
//
//   byline-train lexicon GAZETTEER_DIR OUT.lex CORPUS_FILE_OR_DIR...
//   byline-train train LEX OUT.model TRAIN.jsonl[:split,split]...
//   byline-train eval LEX MODEL GOLD.jsonl[:split,split]...
//   byline-train predict LEX MODEL GOLD.jsonl      (prediction lines for score_entities.py)
//
// TRAIN/GOLD files hold {"id", "text", "entities": [{"start", "end", "type": PER|ORG|LOC}]} per line; a
// ":train,dev" suffix keeps only lines whose "split" field is listed.

func fail(_ msg: String) -> Never {
    FileHandle.standardError.write(("byline-train: " + msg + "\n").data(using: .utf8)!)
    exit(2)
}

func readDocs(_ spec: String) -> [(id: String, text: String, entities: [(start: Int, end: Int, type: String)])] {
    let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
    let splits = parts.count > 1 ? Set(parts[1].split(separator: ",").map(String.init)) : nil
    do {
        return try NameEvaluation.readGold(URL(fileURLWithPath: parts[0])).filter { d in
            guard let splits else { return true }
            return splits.contains(d.fields["split"] as? String ?? "")
        }.map { ($0.id, $0.text, $0.entities) }
    } catch { fail("cannot read \(parts[0]): \(error)") }
}

func finder(_ lex: String, _ model: String) -> NameFinder {
    guard let l = try? Data(contentsOf: URL(fileURLWithPath: lex)) else { fail("cannot read \(lex)") }
    guard let m = try? Data(contentsOf: URL(fileURLWithPath: model)) else { fail("cannot read \(model)") }
    guard let f = NameFinder(lexicon: l, model: m) else { fail("\(lex) / \(model) are not name finder resources") }
    return f
}

func texts(under path: String) -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { fail("no such file \(path)") }
    if !isDir.boolValue {
        if path.hasSuffix(".jsonl") { return readDocs(path).map(\.text) }
        return [(try? String(contentsOfFile: path, encoding: .utf8)) ?? ""]
    }
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    return files.filter { $0.hasSuffix(".txt") }.compactMap { try? String(contentsOfFile: path + "/" + $0, encoding: .utf8) }
}

let args = Array(CommandLine.arguments.dropFirst())
guard let cmd = args.first else { fail("usage: byline-train lexicon|train|eval|predict ...") }
switch cmd {
case "lexicon":
    guard args.count >= 3 else { fail("usage: byline-train lexicon GAZETTEER_DIR OUT.lex CORPUS...") }
    let corpus = args.dropFirst(3).flatMap { texts(under: $0) }
    // The organisations annotated in the training files (.jsonl) among the corpus (never pass a test set), unless
    // NO_ANNOTATED_ORGS is set (to measure without them). They are kept apart from the flags the tagger's features
    // read, so a model trained with this lexicon does not learn that every organisation of its training text is listed.
    let annotated = ProcessInfo.processInfo.environment["NO_ANNOTATED_ORGS"] != nil ? []
        : LexiconBuilder.annotatedOrganisations(in: args.dropFirst(3).filter { $0.hasSuffix(".jsonl") }
            .flatMap { readDocs($0).map { (text: $0.text, entities: $0.entities) } })
    do {
        let data = try LexiconBuilder.build(gazetteers: URL(fileURLWithPath: args[1]), corpusTexts: corpus,
                                            annotatedOrganisations: annotated)
        if !annotated.isEmpty { print("\(annotated.count) names marked as organisations in annotated training text") }
        try data.write(to: URL(fileURLWithPath: args[2]))
        print("wrote \(args[2]) (\(data.count) bytes) from \(corpus.count) corpus texts")
    } catch { fail("\(error)") }
case "train":
    guard args.count >= 4 else { fail("usage: byline-train train LEX OUT.model TRAIN.jsonl...") }
    guard let lex = try? Data(contentsOf: URL(fileURLWithPath: args[1])) else { fail("cannot read \(args[1])") }
    // "FILE.jsonl[:split,...][@N]": N is the kind of text (1, 2, ...) whose own feature weights the file trains
    // besides the shared ones.
    let examples = args.dropFirst(3).flatMap { spec -> [NameTrainer.Example] in
        let at = spec.lastIndex(of: "@")
        let domain = at.flatMap { Int(spec[spec.index(after: $0)...]) } ?? 0
        let file = at.map { String(spec[..<$0]) } ?? spec
        return readDocs(file).map { d in
            NameTrainer.Example(text: d.text, entities: d.entities.compactMap { e in
                let t: EntityType? = e.type == "PER" ? .person : e.type == "ORG" ? .organization : e.type == "LOC" ? .place : nil
                return t.map { (e.start, e.end, $0) }
            }, domain: domain)
        }
    }
    // EXPORT_DOMAINS="1:0.7,2:0.3": the shares of each kind's own weights added to the shared ones in the model
    // (unset: an equal share of each kind).
    var exportDomains: [Int: Double]? = nil
    if let spec = ProcessInfo.processInfo.environment["EXPORT_DOMAINS"] {
        exportDomains = [:]
        for part in spec.split(separator: ",") {
            let kv = part.split(separator: ":")
            guard kv.count == 2, let k = Int(kv[0]), let v = Double(kv[1]) else { fail("EXPORT_DOMAINS: \(part) is not KIND:SHARE") }
            exportDomains![k] = v
        }
    }
    let epochs = Int(ProcessInfo.processInfo.environment["EPOCHS"] ?? "") ?? 12
    let bits = Int(ProcessInfo.processInfo.environment["BITS"] ?? "") ?? 16
    let oBias = Int32(ProcessInfo.processInfo.environment["OBIAS"] ?? "") ?? 0
    let dropout = Double(ProcessInfo.processInfo.environment["DROPOUT"] ?? "") ?? 0
    let seed = UInt64(ProcessInfo.processInfo.environment["SEED"] ?? "") ?? 20261125
    let runs = Int(ProcessInfo.processInfo.environment["RUNS"] ?? "") ?? 12
    do {
        let data = try NameTrainer.train(examples, lexiconData: lex, bits: bits, epochs: epochs, oBias: oBias,
                                         dropout: dropout, runs: runs, seed: seed, exportDomains: exportDomains) { print($0) }
        try data.write(to: URL(fileURLWithPath: args[2]))
        print("wrote \(args[2]) (\(data.count) bytes) from \(examples.count) documents")
    } catch { fail("\(error)") }
case "eval":
    guard args.count >= 4 else { fail("usage: byline-train eval LEX MODEL GOLD.jsonl...") }
    let f = finder(args[1], args[2])
    for spec in args.dropFirst(3) {
        var ev = NameEvaluation()
        for d in readDocs(spec) { ev.add(gold: d.entities, predicted: f.find(in: Document(d.text)).mentions) }
        print("== \(spec)\n\(ev.report)")
    }
case "predict":
    guard args.count == 4 else { fail("usage: byline-train predict LEX MODEL GOLD.jsonl") }
    let f = finder(args[1], args[2])
    for d in readDocs(args[3]) {
        let ms = f.find(in: Document(d.text)).mentions.map { ["start": $0.span.start, "end": $0.span.end, "type": $0.type.rawValue] as [String: Any] }
        let obj: [String: Any] = ["id": d.id, "entities": ms]
        let data = try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
case "trace":
    // byline-train trace LEX MODEL TEXT...: the names after each stage of the name finder that changed them.
    guard args.count >= 4 else { fail("usage: byline-train trace LEX MODEL TEXT...") }
    let f = finder(args[1], args[2])
    for text in args.dropFirst(3) {
        print("== \(text)")
        var last = ""
        for (stage, names) in f.trace(Document(text)) {
            let line = names.map { "\($0.text)/\($0.type.rawValue.prefix(3))" }.joined(separator: " | ")
            if line != last { print("  \(stage): \(line)"); last = line }
        }
    }
case "clusters":
    // byline-train clusters CLUSTERS.tsv OUT.bin: the Brown cluster table the name features read.
    guard args.count == 3, let tsv = try? String(contentsOfFile: args[1], encoding: .utf8) else { fail("usage: byline-train clusters CLUSTERS.tsv OUT.bin") }
    let data = WordClusters.build(tsv: tsv)
    do { try data.write(to: URL(fileURLWithPath: args[2])) } catch { fail("\(error)") }
    print("wrote \(args[2]) (\(data.count) bytes)")
case "lookup":
    // byline-train lookup LEX WORD...: the lexicon's word classes of each word (one per line).
    guard args.count >= 3, let l = try? Data(contentsOf: URL(fileURLWithPath: args[1])) else { fail("usage: byline-train lookup LEX WORD...") }
    guard let f = NameFinder(lexicon: l, model: nil) else { fail("\(args[1]) is not a names.lex file") }
    for w in args.dropFirst(2) { print("\(w)\t\(f.lexiconClasses(of: w).joined(separator: ","))") }
case "bench":
    // byline-train bench DIR: name finder throughput alone (documents built beforehand), single core.
    guard args.count == 2 else { fail("usage: byline-train bench DIR") }
    let tLoad = DispatchTime.now().uptimeNanoseconds
    _ = NameFinder.shared.find(in: Document("Officials in Paris met."))
    print(String(format: "first call (loads names.lex and names.model): %.1f ms", Double(DispatchTime.now().uptimeNanoseconds - tLoad) / 1e6))
    let docs = texts(under: args[1]).map { Document($0) }
    guard !docs.isEmpty else { fail("no .txt files in \(args[1])") }
    let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
    var best = Double.infinity, entities = 0
    for _ in 0..<5 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        entities = 0
        for d in docs { entities += NameFinder.shared.find(in: d).entities.count }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    print(String(format: "names: %d stories, %.2f MB, %.3f s = %.1f MB/s; %d entities", docs.count, Double(bytes) / 1e6, best, Double(bytes) / 1e6 / best, entities))
default:
    fail("unknown command \(cmd)")
}
