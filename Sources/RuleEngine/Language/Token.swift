/// A token of the rule language, with its place in the expression text (UTF-8 offsets).
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        case number(String)
        case string(String)
        case date(String)
        case dateTime(String)
        case op(String)          // == != < <= > >= + - * / ( ) [ ] , . => { } :
        case keyword(String)     // and or not in matches true false null if then else
        case end
    }
    var kind: Kind
    var start: Int
    var end: Int
}

/// A problem in an expression, at an offset inside it.
struct ExpressionError: Error, Sendable {
    var offset: Int
    var length: Int
    var message: String
    var hint: String?
}
