import Foundation

/// The process's working directory, the default base for relative paths in reports.
enum ProcessDirectory {
    static var current: String { FileManager.default.currentDirectoryPath }
}
