using System.Globalization;
using System.Text;

namespace Polis.Citizens.Tests.EServices;

/// <summary>Files a resident might upload: a real one-page PDF (correct cross-reference table), and things that only look like one.</summary>
internal static class TestDocuments
{
    /// <summary>A valid PDF 1.4 with one page showing <paramref name="text"/>; byte offsets in its xref table are computed, not guessed.</summary>
    public static byte[] Pdf(string text = "Site plan")
    {
        var content = $"BT /F1 24 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The start of a Windows program (MZ header, DOS stub text): what a renamed .exe carries whatever its name.</summary>
    public static byte[] Executable()
    {
        var exe = new byte[512];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(exe, 78);
        return exe;
    }

    /// <summary>A PDF cut off in transit: the header is there, the trailer is not.</summary>
    public static byte[] TruncatedPdf() => Pdf()[..200];
}
