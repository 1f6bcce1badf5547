/// Passes writes to a sink and counts the characters (UTF-8 bytes) written.
final class CountingWriter {
    let sink: OutputSink
    private(set) var count = 0
    init(_ sink: OutputSink) { self.sink = sink }
    func write(_ s: String) {
        count += s.utf8.count
        sink.write(s)
    }
}
