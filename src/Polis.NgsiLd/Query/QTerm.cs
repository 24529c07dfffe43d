using System.Text.RegularExpressions;

namespace Polis.NgsiLd.Query;

/// <summary>
/// One comparison. <see cref="Values"/> holds one literal, a value list (any may match) or, when
/// <see cref="IsRange"/>, exactly two bounds (inclusive). <see cref="Pattern"/> is set for ~= and !~=.
/// </summary>
public sealed record QTerm(QPath Path, QOperator Operator, IReadOnlyList<QValue> Values, bool IsRange, Regex? Pattern, int Position) : QNode;
