const sizeFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A file size as people read it: "640 KB" for small files, "12.5 MB" for large ones. */
export const megabytes = (bytes: number) =>
  bytes < 2 ** 20
    ? `${sizeFormat.format(Math.max(1, Math.round(bytes / 2 ** 10)))} KB`
    : `${sizeFormat.format(bytes / 2 ** 20)} MB`;
