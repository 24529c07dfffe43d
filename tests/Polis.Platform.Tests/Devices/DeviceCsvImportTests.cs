using Polis.Platform.Devices;

namespace Polis.Platform.Tests.Devices;

public sealed class DeviceCsvImportTests
{
    [Fact]
    public void Read_QuotedFieldsLabelsAttributes_Drafts()
    {
        const string csv = "id,profile,name,district,longitude,latitude,labels,attr.serial,token\r\n" +
            "m-1,water-meter,\"Flat 3, \"\"blue\"\" door\",north,10.5,56.25,a; b,SN1,\r\n" +
            "\r\n" +
            "m-2,water-meter,\"Line\nbreak\",,,,,,Preset-token-0123456789\n";

        var (drafts, errors) = DeviceCsvImport.Read(csv);

        Assert.Empty(errors);
        Assert.Equal(2, drafts.Count);
        Assert.Equal("Flat 3, \"blue\" door", drafts[0].Name);
        Assert.Equal(new GeoPoint(10.5, 56.25), drafts[0].Location);
        Assert.Equal(["a", "b"], drafts[0].Labels!);
        Assert.Equal("SN1", drafts[0].Attributes!["serial"]);
        Assert.Null(drafts[0].AccessToken);
        Assert.Equal("Line\nbreak", drafts[1].Name);
        Assert.Null(drafts[1].District);
        Assert.Null(drafts[1].Location);
        Assert.Equal("Preset-token-0123456789", drafts[1].AccessToken);
    }

    [Theory]
    [InlineData("id,name\nx,y\n", "csv")]
    [InlineData("profile,name\n", "csv")]
    [InlineData("profile,name\ngeneric,\"unterminated\n", "csv")]
    [InlineData("profile,name,longitude,latitude\ngeneric,x,east,56\n", "row 2")]
    public void Read_BrokenCsv_ErrorsNamed(string csv, string errorKey)
    {
        var (_, errors) = DeviceCsvImport.Read(csv);

        Assert.Contains(errorKey, errors.Keys);
    }

    [Fact]
    public void RowNumbered_RegistryRowErrors_NamedBySpreadsheetRow()
    {
        var errors = new Dictionary<string, string[]>
        {
            ["[0].name"] = ["A name is required."],
            ["[3].profileId"] = ["Profile 'x' does not exist."],
            ["id"] = ["Device id 'a' appears more than once."],
        };

        var numbered = DeviceCsvImport.RowNumbered(errors);

        Assert.Equal(["id", "row 2.name", "row 5.profileId"], numbered.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Profile 'x' does not exist."], numbered["row 5.profileId"]);
    }
}
