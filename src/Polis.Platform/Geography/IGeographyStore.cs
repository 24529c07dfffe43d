namespace Polis.Platform.Geography;

/// <summary>Persistence of the city's geography: one set of districts and streets, replaced as a whole.</summary>
public interface IGeographyStore
{
    /// <summary>Replaces every stored feature with <paramref name="features"/> in one transaction (all or nothing).</summary>
    Task ReplaceAsync(IReadOnlyList<GeographyFeature> features, CancellationToken cancellationToken = default);

    /// <summary>Every feature, in the order it was uploaded.</summary>
    Task<IReadOnlyList<GeographyFeature>> ListAsync(CancellationToken cancellationToken = default);
}
