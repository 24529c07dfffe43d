using System.Xml.Linq;
using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.Tests.Reports;

/// <summary>One model, two formats: JSON arrays and objects, XML as in the spec's examples (root wraps items, null is empty).</summary>
public sealed class Open311WriterTests
{
    private static readonly Open311List Body = new("service",
    [
        Open311Object.Of(("service_code", "pothole"), ("metadata", true), ("description", null), ("lat", 55.5), ("order", 2),
            ("requested_datetime", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1))), ("values", new Open311List("value", [Open311Object.Of(("key", "a"))]))),
    ]);

    [Fact]
    public void Write_Json_ArrayOfObjectsWithTypedValues()
    {
        Assert.Equal(
            """[{"service_code":"pothole","metadata":true,"description":null,"lat":55.5,"order":2,"requested_datetime":"2026-03-01T08:30:00Z","values":[{"key":"a"}]}]""",
            Open311Writer.Write(Open311Format.Json, "services", Body));
    }

    [Fact]
    public void Write_Xml_RootWrapsItemsNullIsEmpty()
    {
        var xml = Open311Writer.Write(Open311Format.Xml, "services", Body);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service><service_code>pothole</service_code><metadata>true</metadata><description />", xml, StringComparison.Ordinal);
        var service = XDocument.Parse(xml).Root!.Element("service")!;
        Assert.Equal("2026-03-01T08:30:00Z", service.Element("requested_datetime")!.Value);
        Assert.Equal("a", service.Element("values")!.Element("value")!.Element("key")!.Value);
    }

    [Fact]
    public void Write_Json_KeepsApostrophesReadable() =>
        Assert.Equal("""{"description":"service_code 'x' not found"}""", Open311Writer.Write(Open311Format.Json, "e", Open311Object.Of(("description", "service_code 'x' not found"))));
}
