namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>The routing, queue and escalation test classes share one Polis process configured for them.</summary>
[CollectionDefinition(Name)]
public sealed class QueuePolis : ICollectionFixture<QueuePolisFixture>
{
    public const string Name = "queue polis";
}
