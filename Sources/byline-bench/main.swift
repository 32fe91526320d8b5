import BylineKit
import Foundation
print("byline-bench: no benchmarks yet")
