using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Egov.Benchmarks.Field;

/// <summary>
/// Photos as an inspector's phone sends them: a camera picture resized to 1600 × 1200 and saved as JPEG at quality
/// 85, which lands at some 300–600 KB. The picture is made, not photographed: smooth shading and hard-edged shapes
/// (walls, doors, signs) under sensor noise of a strength that varies from photo to photo, because noise is what
/// makes a real photo's JPEG that large. A few base pictures are encoded once; each upload is one of them with its
/// own comment segment (the photo's number), so every photo has its own bytes and its own SHA-256.
/// </summary>
internal static class PhonePhotos
{
    private const int Width = 1600;
    private const int Height = 1200;

    /// <summary>Encodes <paramref name="count"/> base pictures from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<byte[]> Bases(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Encode(random, noise: 13 + 14.0 * i / Math.Max(1, count - 1)))];
    }

    /// <summary>The base picture with a JPEG comment naming the photo (COM segment after SOI): other bytes, same image.</summary>
    public static byte[] Numbered(byte[] jpeg, string name)
    {
        var text = Encoding.ASCII.GetBytes(name);
        var photo = new byte[jpeg.Length + 4 + text.Length];
        jpeg.AsSpan(0, 2).CopyTo(photo);
        photo[2] = 0xFF;
        photo[3] = 0xFE;
        BinaryPrimitives.WriteUInt16BigEndian(photo.AsSpan(4), (ushort)(text.Length + 2));
        text.CopyTo(photo.AsSpan(6));
        jpeg.AsSpan(2).CopyTo(photo.AsSpan(6 + text.Length));
        return photo;
    }

    private static byte[] Encode(Random random, double noise)
    {
        using var image = new Image<Rgb24>(Width, Height);
        var shapes = Enumerable.Range(0, 12).Select(_ => (
            X: random.Next(Width), Y: random.Next(Height), W: random.Next(80, 700), H: random.Next(80, 900),
            Colour: (R: random.Next(40, 230), G: random.Next(40, 230), B: random.Next(40, 230)))).ToArray();
        var (fx, fy, phase) = (random.NextDouble() * 0.01, random.NextDouble() * 0.01, random.NextDouble() * Math.Tau);
        var grain = new Random(random.Next());
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < Width; x++)
                {
                    // Light falling across the scene, then the last shape that covers the pixel.
                    var light = 0.75 + 0.25 * Math.Sin(fx * x + fy * y + phase);
                    (int R, int G, int B) colour = (150, 140, 130);
                    foreach (var s in shapes)
                    {
                        if (x >= s.X && x < s.X + s.W && y >= s.Y && y < s.Y + s.H)
                        {
                            colour = s.Colour;
                        }
                    }

                    var n = (grain.NextDouble() + grain.NextDouble() - 1) * noise;
                    row[x] = new Rgb24(Channel(colour.R * light + n), Channel(colour.G * light + n * 0.9), Channel(colour.B * light + n * 1.1));
                }
            }
        });
        using var jpeg = new MemoryStream();
        image.SaveAsJpeg(jpeg, new JpegEncoder { Quality = 85 });
        return jpeg.ToArray();
    }

    private static byte Channel(double value) => (byte)Math.Clamp(value, 0, 255);
}
