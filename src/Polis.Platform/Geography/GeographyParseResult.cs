namespace Polis.Platform.Geography;

/// <summary>The features of a valid upload, or the errors keyed by path (<c>features[3].geometry</c>).</summary>
public sealed record GeographyParseResult(IReadOnlyList<GeographyFeature>? Features, IReadOnlyDictionary<string, string[]> Errors);
