const sizeFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** Bytes as megabytes, for file sizes and upload progress. */
export const megabytes = (bytes: number) => `${sizeFormat.format(bytes / 2 ** 20)} MB`;
