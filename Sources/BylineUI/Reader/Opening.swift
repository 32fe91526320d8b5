import BylineKit
import Foundation

/// The libraries `byline` opens: the whole store, or the files, folders, feed files and feed URLs given.
public enum ReaderLibrary {
    /// Every story in the store, after saving the built-in stories into it (the first run adds them; later runs
    /// find them unchanged). Stories fetched by `byline refresh` are read alongside, newest first.
    public static func whole(store: Store) -> (library: Library, errors: [String]) {
        // The built-in files are read and saved again only when they changed since the last run that saved them
        // all (a new version of Byline, or a damaged installation).
        let stamp = BuiltInLibrary.stamp()
        if let stamp, (try? store.setting(builtInStampKey)) == stamp { return (Library.open(store: store), []) }
        let builtIn = BuiltInLibrary.load()
        var errors = builtIn.errors
        do {
            try store.save(builtIn.stories)
            if let stamp, errors.isEmpty { try store.setSetting(builtInStampKey, stamp) }
        } catch { errors.append("cannot save the built-in stories: \(error)") }
        return (Library.open(store: store), errors)
    }

    static let builtInStampKey = "builtInLibraryStamp"

    /// Exactly the stories of these targets (text files, folders, feed files, http(s) feed URLs), saved in the
    /// store so their read marks and analyses are kept. Nil when none could be read.
    public static func targets(_ targets: [String], store: Store?, timeout: TimeInterval = 20) -> (library: Library?, errors: [String]) {
        let loaded = FeedSource.load(targets, timeout: timeout)
        guard !loaded.stories.isEmpty else { return (nil, loaded.errors) }
        var errors = loaded.errors
        // Feed stories keep their link, author and feed in the store.
        if let store, !loaded.origins.isEmpty {
            do { try store.save(loaded.stories.filter { loaded.origins[$0.id] != nil }, origins: loaded.origins) } catch {
                errors.append("cannot save the feed stories: \(error)")
            }
        }
        return (Library(stories: loaded.stories, store: store), errors)
    }
}
