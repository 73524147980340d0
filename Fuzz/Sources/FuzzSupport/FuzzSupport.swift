import CFuzzerDriver

/// A fuzz target's check: called with each input libFuzzer makes up; a failed precondition or
/// a sanitizer report inside it is a finding.
public typealias FuzzCheck = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

/// Runs libFuzzer's driver with this process's arguments on `check`; returns its status.
@discardableResult
public func runFuzzer(_ check: FuzzCheck) -> Int32 {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, check)
}

/// The bytes libFuzzer passes, as an array.
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: count))
}
