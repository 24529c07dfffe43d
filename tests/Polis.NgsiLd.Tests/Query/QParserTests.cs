using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Query;

namespace Polis.NgsiLd.Tests.Query;

public sealed class QParserTests
{
    [Fact]
    public void Parse_SimpleComparison_ReturnsTerm()
    {
        var term = Assert.IsType<QTerm>(QParser.Parse("pm25>35.5"));

        Assert.Equal("pm25", term.Path.Attribute);
        Assert.Equal(QOperator.Greater, term.Operator);
        Assert.Equal(QValueKind.Number, term.Values[0].Kind);
        Assert.Equal(35.5, term.Values[0].Number);
    }

    [Fact]
    public void Parse_AndOrWithoutParentheses_AndBindsTighter()
    {
        var root = Assert.IsType<QLogical>(QParser.Parse("a==1;b==2|c==3"));

        Assert.False(root.IsAnd);
        Assert.Equal(2, root.Operands.Count);
        var and = Assert.IsType<QLogical>(root.Operands[0]);
        Assert.True(and.IsAnd);
        Assert.Equal("c", Assert.IsType<QTerm>(root.Operands[1]).Path.Attribute);
    }

    [Fact]
    public void Parse_Parentheses_GroupOrInsideAnd()
    {
        var root = Assert.IsType<QLogical>(QParser.Parse("(a==1|b==2);c==3"));

        Assert.True(root.IsAnd);
        Assert.False(Assert.IsType<QLogical>(root.Operands[0]).IsAnd);
    }

    [Fact]
    public void Parse_BareAttribute_IsExistenceTerm()
    {
        var term = Assert.IsType<QTerm>(QParser.Parse("pm25"));
        var negated = Assert.IsType<QTerm>(QParser.Parse("!pm25"));

        Assert.Equal(QOperator.Exists, term.Operator);
        Assert.Equal(QOperator.NotExists, negated.Operator);
    }

    [Fact]
    public void Parse_RangeListStringBooleanDateTime_ClassifiesLiterals()
    {
        var range = Assert.IsType<QTerm>(QParser.Parse("speed==10..50"));
        var list = Assert.IsType<QTerm>(QParser.Parse("status==\"free\",\"closed\""));
        var flag = Assert.IsType<QTerm>(QParser.Parse("occupied==true"));
        var time = Assert.IsType<QTerm>(QParser.Parse("dateObserved>=2026-11-23T10:00:00Z"));

        Assert.True(range.IsRange);
        Assert.Equal([10.0, 50.0], range.Values.Select(v => v.Number));
        Assert.Equal(["free", "closed"], list.Values.Select(v => v.Text));
        Assert.Equal(QValueKind.Boolean, flag.Values[0].Kind);
        Assert.Equal(QValueKind.DateTime, time.Values[0].Kind);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), time.Values[0].Instant);
    }

    [Fact]
    public void Parse_SubAttributeAndValueMembers_BuildsPath()
    {
        var sub = Assert.IsType<QTerm>(QParser.Parse("pm25.observedAt>\"2026-01-01T00:00:00Z\""));
        var compound = Assert.IsType<QTerm>(QParser.Parse("address[city][district]==\"Old Town\""));

        Assert.Equal(["observedAt"], sub.Path.SubAttributes);
        Assert.Equal(["city", "district"], compound.Path.ValueMembers);
        Assert.Equal("Old Town", compound.Values[0].Text);
    }

    [Fact]
    public void Parse_Regex_CompilesPattern()
    {
        var term = Assert.IsType<QTerm>(QParser.Parse("name~=\"^Station (A|B)\""));

        Assert.Equal(QOperator.Matches, term.Operator);
        Assert.Matches(term.Pattern!, "Station B");
    }

    [Theory]
    [InlineData("pm25>>3", 6, "expected a value")]
    [InlineData("pm25>", 6, "query ended")]
    [InlineData("(a==1;b==2", 11, "'(' at position 1 is not closed")]
    [InlineData("a==1)", 5, "unbalanced ')'")]
    [InlineData("a==\"open", 4, "string is not closed")]
    [InlineData("a=1", 2, "expected an operator")]
    [InlineData("a==1;;b==2", 6, "expected an attribute name")]
    [InlineData("a>true", 2, "cannot be ordered")]
    [InlineData("a>1,2", 3, "only allowed with == and !=")]
    [InlineData("a~=\"([\"", 4, "invalid regular expression")]
    [InlineData("3a==1", 1, "expected an attribute name")]
    [InlineData("a[b==1", 2, "'[' at position 2 is not closed")]
    public void Parse_MalformedQuery_ThrowsBadRequestNamingPosition(string q, int position, string fragment)
    {
        var error = Assert.Throws<NgsiLdException>(() => QParser.Parse(q));

        Assert.Equal(NgsiLdErrorTypes.BadRequestData, error.ErrorType);
        Assert.Contains($"position {position}", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }
}
