/** Starts ${{ values.name }} on PORT (${{ values.port }} by default), and stops it cleanly on SIGTERM. */
import { createApp } from './app.ts';

const port = Number(process.env.PORT ?? ${{ values.port }});
const server = createApp().listen(port, () => console.log(`${{ values.name }} listening on port ${port}`));

process.on('SIGTERM', () => server.close(() => process.exit(0)));
