namespace Polis.Open311Bench;

/// <summary>One GET requests filter, as the Open311 query string and as the SQL the peer runs for the same rows.</summary>
/// <param name="Name">What the shape is.</param>
/// <param name="Query">The query string of /open311/v2/requests.json.</param>
/// <param name="Where">The peer's WHERE clause ($from, $to: the window in Unix ms).</param>
internal sealed record QueryShape(string Name, string Query, string Where);
