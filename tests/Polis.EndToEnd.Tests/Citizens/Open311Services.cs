namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>The services the Open311 tests report against: one with every attribute datatype, a batch one, a plain one.</summary>
public static class Open311Services
{
    public static object Pothole { get; } = new
    {
        serviceCode = "pothole",
        serviceName = "Pothole",
        description = "A hole in the road surface.",
        group = "streets",
        keywords = "road,hole,asphalt",
        type = "realtime",
        department = "roads",
        attributes = new object[]
        {
            new { code = "size", datatype = "singlevaluelist", required = true, order = 1, description = "How big is it?", values = new[] { new { key = "small", name = "Smaller than a plate" }, new { key = "large", name = "Larger than a plate" } } },
            new { code = "depth_cm", datatype = "number", required = false, order = 2, datatypeDescription = "centimetres" },
            new { code = "seen_at", datatype = "datetime", required = false, order = 3 },
            new { code = "landmark", datatype = "string", required = false, order = 4 },
            new { code = "details", datatype = "text", required = false, order = 5 },
            new { code = "hazards", datatype = "multivaluelist", required = false, order = 6, values = new[] { new { key = "water", name = "Filled with water" }, new { key = "edge", name = "Sharp edge" }, new { key = "lane", name = "In a cycle lane" } } },
            new { code = "note", variable = false, datatype = "text", required = false, order = 7, description = "Emergencies: call 112." },
        },
    };

    public static object Graffiti { get; } = new { serviceCode = "graffiti", serviceName = "Graffiti", group = "cleaning", type = "batch", department = "cleaning" };

    public static object Streetlight { get; } = new { serviceCode = "streetlight", serviceName = "Broken streetlight", group = "lighting", type = "realtime", department = "lighting" };
}
