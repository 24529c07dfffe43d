using System.Text;
using Polis.Transit.Gtfs.Reading;

namespace Polis.Transit.Tests.Gtfs;

public sealed class StrictUtf8ReaderTests
{
    [Fact]
    public void Read_MultiByteCharactersAcrossBufferBoundaries_DecodedWhole()
    {
        // 3- and 4-byte sequences (€, 😀) land on every byte offset of the reader's 64 KiB buffer somewhere in 1.5 MB.
        var rows = Enumerable.Range(0, 40_000).Select(i => $"S{i},Nørre € {i} 😀 Øst").ToList();
        var text = "stop_id,stop_name\n" + string.Join("\n", rows) + "\n";
        using var csv = new CsvReader(new StrictUtf8Reader(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray())));

        var read = new List<string>();
        Assert.True(csv.Read());
        Assert.Equal("stop_id", csv[0].ToString());
        while (csv.Read())
        {
            read.Add($"{csv[0]},{csv[1]}");
        }

        Assert.Equal(rows, read);
    }

    [Fact]
    public void Read_InvalidByte_StopsWithItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,2\n3,").Concat(new byte[] { 0xE6, 0x0A }).Concat(Encoding.UTF8.GetBytes("5,6\n")).ToArray();
        using var reader = new StrictUtf8Reader(new MemoryStream(bytes));

        var text = reader.ReadToEnd();

        Assert.Equal("a,b\n1,2\n3,", text);
        Assert.Equal(3, reader.InvalidLine);
    }
}
