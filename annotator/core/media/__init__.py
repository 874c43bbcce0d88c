"""Media helpers: probing, decoding and hashing of images, audio and text files."""
