namespace Polis.EndToEnd.Tests;

/// <summary>Test classes in this collection share one Polis process (starting one costs seconds on 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class SharedPolis : ICollectionFixture<PolisFixture>
{
    public const string Name = "shared polis";
}
