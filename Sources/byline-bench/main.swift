import BylineKit
import Foundation

// Release-build benchmarks: swift run -c release byline-bench [analysis|reader|library|all]
let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "library-first-screen", CommandLine.arguments.count >= 4 {
    benchLibraryFirstScreen(CommandLine.arguments[2], mode: CommandLine.arguments[3]); exit(0)
}
if which == "analysis-stage", CommandLine.arguments.count >= 3 {
    benchAnalysisStage(CommandLine.arguments[2], rounds: CommandLine.arguments.count >= 4 ? Int(CommandLine.arguments[3]) ?? 20 : 20); exit(0)
}
if which == "open-paths", CommandLine.arguments.count >= 4 {
    benchOpenPaths(Array(CommandLine.arguments[3...]), db: CommandLine.arguments[2]); exit(0)
}
if which == "open-folder" {
    benchOpenFolder(copies: CommandLine.arguments.count >= 3 ? Int(CommandLine.arguments[2]) ?? 17 : 17); exit(0)
}
if which == "feed-parse", CommandLine.arguments.count >= 3 {
    benchFeedParse(CommandLine.arguments[2]); exit(0)
}
print("byline-bench on \(ProcessInfo.processInfo.processorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB")
if which == "analysis" || which == "all" { benchAnalysis() }
if which == "reader" || which == "all" { benchReader() }
if which == "library" || which == "all" { benchLibrary() }
