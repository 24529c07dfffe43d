using System.Text.Json.Nodes;

namespace Polis.NgsiLd.Tests.Subscriptions;

/// <summary>One POST the receiver got: its content type, Link header and body.</summary>
internal sealed record ReceivedNotification(string? ContentType, string Link, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public JsonObject SingleEntity => Assert.Single(Json["data"]!.AsArray())!.AsObject();
}
