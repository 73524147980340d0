/// A value made the first time it is asked for — once, whichever thread asks first — and
/// shared after that. Lexicon files and the entity spotter's tables are built this way, so
/// that a run that needs only sentences never pays for the entity tables.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    // `made` is only read or written while `lock` is held; `make` is called once, under it.
    private let lock = Lock()
    private var made: Value?
    private let make: @Sendable () -> Value

    /// A value that `make` will make on first use.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// A value made already.
    init(made value: Value) {
        made = value
        make = { value }
    }

    /// The value, made now if this is the first use.
    var value: Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
