'use client';

// The join link as a QR code, drawn here as SVG (no remote service sees the code).
import QRCode from 'qrcode';
import { useMemo } from 'react';

const QUIET = 2;

export function JoinQr({ url, label, size = 240 }: { url: string; label: string; size?: number }) {
  const path = useMemo(() => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const cells: string[] = [];
    for (let y = 0; y < modules.size; y += 1) for (let x = 0; x < modules.size; x += 1) if (modules.get(x, y)) cells.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
    return { d: cells.join(''), span: modules.size + QUIET * 2 };
  }, [url]);
  return (
    <svg className="join-qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${path.span} ${path.span}`} shapeRendering="crispEdges" data-testid="join-qr">
      <rect width={path.span} height={path.span} fill="#ffffff" />
      <path d={path.d} fill="#000000" />
    </svg>
  );
}
