namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>The Open311 and report test classes share one Polis process configured for them.</summary>
[CollectionDefinition(Name)]
public sealed class Open311Polis : ICollectionFixture<Open311Fixture>
{
    public const string Name = "open311 polis";
}
