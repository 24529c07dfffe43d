using Polis.Transit.Gtfs.Reading;

namespace Polis.Transit.Tests.Gtfs;

public sealed class CsvReaderTests
{
    private static List<string[]> ReadAll(string text, int chunk = 4096)
    {
        using var csv = new CsvReader(new ChunkedReader(text, chunk));
        var records = new List<string[]>();
        while (csv.Read())
        {
            records.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv[i].ToString())]);
        }

        return records;
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(1)]
    [InlineData(3)]
    public void Read_QuotedCommasEscapedQuotesAndLineBreaks_SplitPerRfc4180(int chunk)
    {
        var records = ReadAll("id,name,desc\r\n1,\"Main St, North\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",  padded  \n3,,\n", chunk);

        Assert.Equal(4, records.Count);
        Assert.Equal(["id", "name", "desc"], records[0]);
        Assert.Equal(["1", "Main St, North", "say \"hi\""], records[1]);
        Assert.Equal(["2", "two\nlines", "padded"], records[2]);
        Assert.Equal(["3", "", ""], records[3]);
    }

    [Fact]
    public void Read_LastLineWithoutNewline_StillARecord()
    {
        Assert.Equal([["a", "b"], ["1", "2"]], ReadAll("a,b\n1,2"));
    }

    [Fact]
    public void Read_RowsAndLines_CountQuotedLineBreaksAsOneRow()
    {
        using var csv = new CsvReader(new StringReader("h\n\"x\ny\"\nz\n"));
        Assert.True(csv.Read());
        Assert.True(csv.Read());
        Assert.True(csv.HasNewLineInValue);
        Assert.True(csv.Read());

        Assert.Equal((3, 4L), (csv.Row, csv.Line));
        Assert.False(csv.HasNewLineInValue);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_KeptAndFlagged()
    {
        using var csv = new CsvReader(new StringReader("\"abc\"def,x\n"));
        Assert.True(csv.Read());

        Assert.Equal("abcdef", csv[0].ToString());
        Assert.Equal("x", csv[1].ToString());
        Assert.True(csv.HasMalformedQuotes);
    }

    [Fact]
    public void Read_QuoteNeverClosed_StopsAtTheRecordLimit()
    {
        using var csv = new CsvReader(new StringReader("a\n\"" + new string('x', 300_000)), maxRecordChars: 100_000);
        Assert.True(csv.Read());

        Assert.False(csv.Read());
        Assert.True(csv.RecordTooLong);
    }

    /// <summary>Hands out text a few characters at a time, so records straddle every possible buffer boundary.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
