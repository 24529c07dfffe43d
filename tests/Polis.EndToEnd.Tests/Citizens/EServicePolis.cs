namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>The e-service test classes share one Polis process configured for them.</summary>
[CollectionDefinition(Name)]
public sealed class EServicePolis : ICollectionFixture<EServiceFixture>
{
    public const string Name = "eservice polis";
}
