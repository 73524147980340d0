import CLibXML2

/// libxml2's one-time set-up. The library builds global tables (character encodings, the
/// parser's dictionaries) on first use, and two threads doing that at once can crash it; its
/// documentation asks for `xmlInitParser` before threads use it. Every code path into libxml2
/// touches ``ready`` first: Swift runs a static initialiser exactly once, whichever thread gets
/// there first.
enum XMLLibrary {
    /// Evaluated once per process, before the first libxml2 call.
    static let ready: Void = xmlInitParser()
}
