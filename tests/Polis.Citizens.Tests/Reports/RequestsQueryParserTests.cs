using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.Tests.Reports;

/// <summary>GET requests' filters: the spec's defaults (last 90 days, at most 1000), ids overriding, the 90-day span.</summary>
public sealed class RequestsQueryParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static QueryCollection Query(params (string Name, string Value)[] pairs) =>
        new(pairs.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray())));

    [Fact]
    public void Parse_Nothing_Last90DaysFirst1000()
    {
        var (query, error) = RequestsQueryParser.Parse(Query(), Now);
        Assert.Null(error);
        Assert.Equal(Now.AddDays(-90), query!.From);
        Assert.Equal(Now, query.To);
        Assert.Equal(1000, query.Limit);
        Assert.Null(query.Open);
    }

    [Fact]
    public void Parse_IdsOverrideTheRest_StartOnlySpans90Days_StatusAndPaging()
    {
        var (ids, _) = RequestsQueryParser.Parse(Query(("service_request_id", "3, 5"), ("service_code", "x"), ("status", "open")), Now);
        Assert.Equal([3L, 5L], ids!.Ids);
        Assert.Null(ids.ServiceCodes);
        Assert.Null(ids.Open);

        var (start, _) = RequestsQueryParser.Parse(Query(("start_date", "2026-01-01T00:00:00+01:00"), ("status", "closed"), ("page", "3"), ("page_size", "50"), ("service_code", "a,b")), Now);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero), start!.From);
        Assert.Equal(start.From!.Value.AddDays(90), start.To);
        Assert.False(start.Open);
        Assert.Equal((100, 50), (start.Offset, start.Limit));
        Assert.Equal(["a", "b"], start.ServiceCodes);
        Assert.Null(RequestsQueryParser.Parse(Query(("status", "open,closed")), Now).Query!.Open);
    }

    [Theory]
    [InlineData("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-04-02T00:00:00Z")]
    [InlineData("end_date", "2026-01-01T00:00:00Z", "start_date", "2026-01-02T00:00:00Z")]
    [InlineData("start_date", "soon", "page", "1")]
    [InlineData("status", "pending", "page", "1")]
    [InlineData("page_size", "0", "page", "1")]
    [InlineData("page", "-1", "page_size", "10")]
    [InlineData("service_request_id", "1,a", "page", "1")]
    public void Parse_Invalid_Error(string name1, string value1, string name2, string value2)
    {
        var (query, error) = RequestsQueryParser.Parse(Query((name1, value1), (name2, value2)), Now);
        Assert.Null(query);
        Assert.NotNull(error);
    }
}
