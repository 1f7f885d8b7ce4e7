import PanelistCore

/// The bindings of one context. A key is looked up in its context's map first, then (for
/// browsing contexts) in the global map; a key in neither does nothing but say so.
public struct Keymap: Sendable, Equatable {
    /// The bindings, in help order.
    public var bindings: [Binding]

    /// Creates a keymap.
    public init(_ bindings: [Binding]) { self.bindings = bindings }

    /// The command bound to a trigger in this map alone.
    public func command(for trigger: Trigger) -> CommandID? {
        bindings.first { $0.trigger == trigger }?.command
    }

    /// The bindings in force in a context: its own, then the global ones it does not shadow.
    public static func effective(_ context: InputContext) -> [Binding] {
        let own = map(context).bindings
        guard context.inheritsGlobal else { return own }
        let taken = Set(own.map(\.trigger))
        return own + global.bindings.filter { !taken.contains($0.trigger) }
    }

    /// The invocation an event stands for in a context, or `nil` when nothing is bound to it.
    public static func resolve(_ event: Event, in context: InputContext) -> Invocation? {
        let candidates = Trigger.candidates(for: event)
        let maps = context.inheritsGlobal ? [map(context), global] : [map(context)]
        for keymap in maps {
            for trigger in candidates {
                guard let command = keymap.command(for: trigger) else { continue }
                switch event {
                case .key(let key): return Invocation(command, .key(key))
                case .mouse(let mouse): return Invocation(command, .cell(row: mouse.row, column: mouse.column))
                case .resize, .idle: return Invocation(command)
                }
            }
        }
        return nil
    }

    /// Every command reachable in a context, each with its triggers, in help order.
    public static func commands(_ context: InputContext) -> [(command: Command, triggers: [Trigger])] {
        var order: [CommandID] = []
        var triggers: [CommandID: [Trigger]] = [:]
        for binding in effective(context) {
            if triggers[binding.command] == nil { order.append(binding.command) }
            triggers[binding.command, default: []].append(binding.trigger)
        }
        return order.map { (Command[$0], triggers[$0] ?? []) }
    }
}
