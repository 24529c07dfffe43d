namespace Polis.NgsiLd.Query;

/// <summary><c>;</c> (AND) or <c>|</c> (OR) over two or more operands.</summary>
public sealed record QLogical(bool IsAnd, IReadOnlyList<QNode> Operands) : QNode;
