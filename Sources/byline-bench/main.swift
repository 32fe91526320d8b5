import BylineKit
import Foundation

// Release-build benchmarks: swift run -c release byline-bench [analysis|reader|library|all]
let which = CommandLine.arguments.dropFirst().first ?? "all"
print("byline-bench on \(ProcessInfo.processInfo.processorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB")
if which == "analysis" || which == "all" { benchAnalysis() }
if which == "reader" || which == "all" { benchReader() }
